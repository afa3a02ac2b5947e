export interface Doc { text: string }
