/// `$Error`: the session's errors, newest first, as the ArrayList PowerShell keeps them in; `$Error.Clear()` and
/// `$Error.RemoveAt(i)` change the session's list (about_Automatic_Variables).
final class ErrorListObject: DotNetObject {
    unowned let shell: Shell

    init(shell: Shell) {
        self.shell = shell
    }

    override var typeNames: [String] { ["System.Collections.ArrayList", "System.Object"] }

    override var implementedTypes: [String] { ["System.Collections.IList", "System.Collections.ICollection", "System.Collections.IEnumerable"] }

    override var elements: [Value]? { shell.errorHistory.map { .object(shell.errorRecordObject($0)) } }

    override var members: [DotNetMember] {
        DotNetMember.objectMethods + [.method("Clear", "void Clear()"), .method("RemoveAt", "void RemoveAt(int index)"),
                                      .method("Contains", "bool Contains(System.Object item)"), .property("Count", "int Count {get;}")]
    }

    override func property(_ lower: String) -> Value? {
        lower == "count" ? .int(shell.errorHistory.count) : nil
    }

    override func invoke(_ lower: String, _ arguments: [Value], call: MethodCall) throws -> MethodResult? {
        switch lower {
        case "clear":
            try call.expect(0)
            shell.session.clearErrors()
            return .void
        case "removeat":
            try call.expect(1)
            let index = try call.int(0, parameter: "index")
            guard index >= 0, index < shell.errorHistory.count else {
                throw call.failure(CollectionObject.indexOutOfRangeMessage, exception: "System.ArgumentOutOfRangeException")
            }
            shell.session.removeError(at: index)
            return .void
        case "contains":
            try call.expect(1)
            return .value(.bool(elements?.contains { LanguagePrimitives.areEqual($0, call.argument(0)) } ?? false))
        default:
            return nil
        }
    }

    override func element(at index: Value, call: MethodCall) throws -> Value? {
        guard let position = try? LanguagePrimitives.toInt(index, typeName: "System.Int64") else { return .null }
        let history = shell.errorHistory
        let resolved = position < 0 ? history.count + position : position
        return resolved >= 0 && resolved < history.count ? .object(shell.errorRecordObject(history[resolved])) : .null
    }
}
