// piexifjs ships no type declarations: the part used to take GPS out of a JPEG's EXIF.
declare module 'piexifjs' {
  /** EXIF as piexifjs holds it: IFDs by name, tags by number; strings are "binary" (one char per byte). */
  export interface ExifObject {
    '0th'?: Record<string, unknown>;
    Exif?: Record<string, unknown>;
    GPS?: Record<string, unknown>;
    Interop?: Record<string, unknown>;
    '1st'?: Record<string, unknown>;
    thumbnail?: string | null;
  }
  const piexif: {
    load(jpeg: string): ExifObject;
    dump(exif: ExifObject): string;
    insert(exif: string, jpeg: string): string;
    ImageIFD: { GPSTag: number };
  };
  export default piexif;
}
