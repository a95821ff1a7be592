// Vite turns `import css from './styles.css?inline'` into the file's minified text.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
