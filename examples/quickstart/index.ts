// The quickstart program. It registers nothing yet; the DataWorks resources issue fills it in.
export {};
