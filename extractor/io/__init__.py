"""Reading documents in and writing extractions out: files, JSONL, HTML pages, batch runs and sinks."""
