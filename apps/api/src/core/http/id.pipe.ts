import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { notFound } from './app.exception';

/** A path id that is not a uuid names nothing: 404, like any other id that does not exist. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw notFound('record');
    return value;
  }
}
