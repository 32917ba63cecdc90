import Testing

/// Suites that raise, take or wait on the process-wide Ctrl+C flag. Swift Testing runs suites in
/// parallel, so one suite's SIGINT would cut another's read short: these run one after another.
@Suite(.serialized) enum InterruptFlagTests {}
