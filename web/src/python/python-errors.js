// Python's exceptions as JS errors. A TypeError stays a TypeError; every
// other kind (ValueError, OverflowError, KeyError, IndexError, MemoryError)
// is a RangeError. Each carries `pythonType`, and its message is Python's
// own str(exception), so the last line of a traceback can be rebuilt.

export function pythonError(type, message = '') {
  const error = type === 'TypeError' ? new TypeError(message) : new RangeError(message);
  error.pythonType = type;
  return error;
}

// The last line Python prints for an uncaught exception: "ValueError: …",
// or the bare class name when the message is empty ("MemoryError").
export function pythonErrorLine(error) {
  const type = error?.pythonType ?? (error instanceof TypeError ? 'TypeError' : 'ValueError');
  const message = error?.message ?? String(error);
  return message ? `${type}: ${message}` : type;
}
