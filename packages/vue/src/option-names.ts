// Every option of the widget is a prop of <Candor>.
export { optionNames } from '@candor/widget';
