/// What a .NET method gave: a value, or nothing at all for a `void` method (PowerShell writes nothing then,
/// where a method that returns `$null` writes one `$null`).
public enum MethodResult {
    case value(Value)
    case void
}
