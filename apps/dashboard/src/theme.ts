import { defaultTheme, type RaThemeOptions } from 'react-admin';

// CJK-capable fonts first: Roboto has no Chinese glyphs and falls back inconsistently.
const fontFamily = ['"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Source Han Sans SC"', '"WenQuanYi Zen Hei"', 'Roboto', 'sans-serif'].join(',');

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { primary: { main: '#b3261e' }, secondary: { main: '#37474f' } },
  typography: { fontFamily },
};
