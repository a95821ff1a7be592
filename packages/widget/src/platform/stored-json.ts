/** A JSON value in localStorage under one key (Platform.stored). */
export interface StoredJson<T> {
  read(): T;
  /** Nothing (undefined) removes it. */
  write(value?: T): void;
}
