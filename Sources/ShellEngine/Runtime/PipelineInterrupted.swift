/// Thrown when Ctrl+C interrupts a running command.
package struct PipelineInterrupted: Error {
    package init() {}
}
