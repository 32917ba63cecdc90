import Foundation

extension String {
    /// Equal ignoring case: lab names and addresses are compared as PowerCLI compares them.
    func equalsIgnoringCase(_ other: String) -> Bool { caseInsensitiveCompare(other) == .orderedSame }
}
