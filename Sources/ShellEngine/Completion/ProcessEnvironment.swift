import Foundation

/// The process's environment variable names, for `$env:<Tab>`.
enum ProcessEnvironment {
    static var names: [String] { Array(ProcessInfo.processInfo.environment.keys) }
}
