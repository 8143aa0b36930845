import ContentPasteIcon from '@mui/icons-material/ContentPaste';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { Button, Title, useDataProvider, useLocaleState, useNavigate, useNotify, useTranslate } from 'react-admin';
import { formatDate } from '../shared/format-date';
import { dateError } from '../shared/OfficeDateInput';
import type { LuoshiDataProvider } from '../data/dataProvider';
import type { ExtractionSummary } from '../speech-review/speech-review.types';
import { intakeProblemOf, MAX_SPEECH_FILE_BYTES, speechRequestBody, type IntakeProblem } from './speech-intake';
import { SpeechFileDrop } from './SpeechFileDrop';

type Mode = 'upload' | 'paste';

/** The earlier speech with the same text (`duplicateOf` in the API's answer). */
interface SpeechDuplicate {
  id: string;
  title: string;
  date: string | null;
  createdAt: string;
}
type Phase = 'idle' | 'uploading' | 'extracting';

/**
 * 新建讲话: paste the text or upload a .txt/.docx, then the speech is extracted at once and the
 * supervisor lands on its review screen. A refused upload (413/415/422) says why, in the API's
 * words under a headline of ours, and keeps what was entered.
 */
export function SpeechCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const [mode, setMode] = useState<Mode>('upload');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [speaker, setSpeaker] = useState('');
  const [meeting, setMeeting] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [problem, setProblem] = useState<{ problem: IntakeProblem; message: string } | null>(null);
  const [touched, setTouched] = useState(false);
  const [locale] = useLocaleState();

  const busy = phase !== 'idle';
  // Pasted text: the title is recognised from it when left empty (the API does so).
  const missing = mode === 'paste' ? !text.trim() : !file;
  const badDate = dateError(date);
  const [duplicate, setDuplicate] = useState<{ speechId: string; of: SpeechDuplicate } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (missing || busy || badDate) return;
    if (mode === 'upload' && file && file.size > MAX_SPEECH_FILE_BYTES) {
      setProblem({ problem: 'tooLarge', message: '' });
      return;
    }
    setProblem(null);
    setPhase('uploading');
    let speechId: string;
    try {
      const body = speechRequestBody({ title, date: date || null, speaker, meeting, text: mode === 'paste' ? text : '', file: mode === 'upload' ? file : null });
      const created = await dataProvider.request<{ id: string; duplicateOf: SpeechDuplicate | null }>('POST', '/speeches', body);
      speechId = created.id;
      // The same text is already here: say so and let the user choose (keeping both is allowed).
      if (created.duplicateOf) {
        setDuplicate({ speechId, of: created.duplicateOf });
        setPhase('idle');
        return;
      }
    } catch (error) {
      setProblem(intakeProblemOf(error));
      setPhase('idle');
      return;
    }
    await extractAndReview(speechId);
  };

  const extractAndReview = async (speechId: string) => {
    setPhase('extracting');
    try {
      const summary = await dataProvider.act<ExtractionSummary>('speeches', speechId, 'extract');
      notify('luoshi.speechIntake.extracted', { type: 'success', messageArgs: { ...summary } });
    } catch (error) {
      // The speech is stored: its review screen offers to extract again.
      const message = error instanceof Error ? error.message : '';
      notify('luoshi.speechIntake.extractFailed', { type: 'error', messageArgs: { message } });
    }
    navigate(`/speeches/${speechId}/review`);
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 960 }}>
      <Title title="luoshi.speechIntake.title" />
      <Card>
        <Box component="form" onSubmit={submit} noValidate data-testid="speech-intake">
          <Tabs value={mode} onChange={(_, value: Mode) => setMode(value)} sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}>
            <Tab value="upload" icon={<UploadFileIcon />} iconPosition="start" label={translate('luoshi.speechIntake.upload')} disabled={busy} />
            <Tab value="paste" icon={<ContentPasteIcon />} iconPosition="start" label={translate('luoshi.speechIntake.paste')} disabled={busy} />
          </Tabs>
          <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            {mode === 'upload' ? (
              <>
                <SpeechFileDrop
                  file={file}
                  disabled={busy}
                  onChange={(next) => {
                    setFile(next);
                    setProblem(null);
                  }}
                />
                {touched && !file && (
                  <Typography variant="caption" color="error">
                    {translate('luoshi.speechIntake.fileRequired')}
                  </Typography>
                )}
              </>
            ) : (
              <TextField
                name="text"
                label={translate('resources.speeches.fields.rawText')}
                value={text}
                onChange={(e) => setText(e.target.value)}
                multiline
                minRows={12}
                maxRows={24}
                required
                error={touched && !text.trim()}
                helperText={translate(touched && !text.trim() ? 'luoshi.intake.textRequired' : 'luoshi.speechIntake.textHelp')}
                disabled={busy}
                fullWidth
              />
            )}
            <TextField
              name="title"
              label={translate('resources.speeches.fields.title')}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              helperText={translate(mode === 'upload' ? 'luoshi.speechIntake.fileTitleHelp' : 'luoshi.intake.pasteTitleHelp')}
              slotProps={{ htmlInput: { maxLength: 300 } }}
              disabled={busy}
              fullWidth
            />
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '180px 1fr 2fr' }, gap: 2 }}>
              <TextField
                name="date"
                placeholder="YYYY-MM-DD"
                label={translate('resources.speeches.fields.date')}
                value={date}
                onChange={(e) => setDate(e.target.value.trim())}
                slotProps={{ inputLabel: { shrink: true } }}
                error={Boolean(badDate)}
                helperText={translate(badDate ?? 'luoshi.speechIntake.dateHelp')}
                disabled={busy}
              />
              <TextField name="speaker" label={translate('resources.speeches.fields.speaker')} value={speaker} onChange={(e) => setSpeaker(e.target.value)} disabled={busy} />
              <TextField name="meeting" label={translate('resources.speeches.fields.meeting')} value={meeting} onChange={(e) => setMeeting(e.target.value)} disabled={busy} />
            </Box>
            {duplicate && (
              <Alert severity="warning" data-testid="speech-duplicate">
                <AlertTitle>{translate('luoshi.duplicate.title')}</AlertTitle>
                {translate('luoshi.duplicate.message', { title: duplicate.of.title, date: formatDate(duplicate.of.date ?? duplicate.of.createdAt, locale) })}
                <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
                  <Button
                    label="luoshi.duplicate.discard"
                    variant="outlined"
                    onClick={async () => {
                      await dataProvider.delete('speeches', { id: duplicate.speechId, previousData: { id: duplicate.speechId } }).catch(() => undefined);
                      navigate(`/speeches/${duplicate.of.id}/show`);
                    }}
                    data-testid="duplicate-open"
                  />
                  <Button label="luoshi.duplicate.keep" variant="contained" onClick={() => void extractAndReview(duplicate.speechId)} data-testid="duplicate-keep" />
                </Box>
              </Alert>
            )}
            {problem && (
              <Alert severity="error" data-testid="speech-intake-error" onClose={() => setProblem(null)}>
                <AlertTitle>{translate(`luoshi.speechIntake.problem.${problem.problem}`)}</AlertTitle>
                {problem.message && translate('luoshi.speechIntake.apiMessage', { message: problem.message })}
              </Alert>
            )}
            {busy && (
              <Box data-testid="speech-intake-progress">
                <Typography variant="body2" sx={{ mb: 0.5 }}>
                  {translate(phase === 'uploading' ? 'luoshi.speechIntake.uploading' : 'luoshi.speechIntake.extracting')}
                </Typography>
                <LinearProgress />
              </Box>
            )}
            <Box>
              <Button type="submit" variant="contained" size="medium" label="luoshi.speechIntake.submit" disabled={busy}>
                <PlayArrowIcon />
              </Button>
            </Box>
          </CardContent>
        </Box>
      </Card>
    </Box>
  );
}
