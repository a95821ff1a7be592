/** The categories the model gave one answer: ids of the scheme's categories; [] when none fits. */
export interface ModelLabel {
  answerKey: string;
  labels: string[];
}
