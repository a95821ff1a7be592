/** A JSON value in localStorage under one key (Platform.stored). */
export interface StoredJson<T> {
  read(): T;
  write(value: T | undefined): void;
}
