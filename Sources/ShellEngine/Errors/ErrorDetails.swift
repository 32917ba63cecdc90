/// `ErrorRecord.ErrorDetails`: a message shown instead of the exception's (Write-Error -Exception -Message) and
/// the recommended action.
public struct ErrorDetails {
    public var message: String
    public var recommendedAction: String

    public init(message: String, recommendedAction: String = "") {
        self.message = message
        self.recommendedAction = recommendedAction
    }
}
