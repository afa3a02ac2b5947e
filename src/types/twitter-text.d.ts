// twitter-text ships no type declarations; the one function used is typed where it is loaded.
declare module 'twitter-text';
