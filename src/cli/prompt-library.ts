// The prompts `init` and `review` use, loaded only by those commands (terminal.ts imports this
// module dynamically). They come from their own packages, the ones @inquirer/prompts gathers:
// through @inquirer/prompts, the bundle would also take its editor prompt's encoding tables
// (iconv-lite, chardet: 650 KB), which esbuild cannot leave out.
export { default as confirm } from '@inquirer/confirm';
export { default as input } from '@inquirer/input';
export { default as select } from '@inquirer/select';
