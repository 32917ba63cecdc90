import PowerShellSyntax

/// Script members that `Add-Member` gives an object: a ScriptMethod runs its block with `$this` the object and
/// the call's arguments; a ScriptProperty's getter runs its block with `$this`. The object is held weakly by
/// the closures (it holds them), and the shell unowned (it outlives the objects its session holds).
extension Shell {
    /// Runs `block` in a new scope with `$this` set; its output as one value.
    public func invokeScriptMember(_ block: ScriptBlockValue, this: Value, arguments: [Value]) throws -> Value {
        let saved = currentScope
        currentScope = Scope(parent: currentScope)
        defer { currentScope = saved }
        setVariable("this", this, scope: "local")
        var output: [Value] = []
        try runScriptBlock(block, dollarUnder: nil, invocation: ScriptInvocation(arguments: arguments.map { .positional($0) }),
                           input: nil, newScope: false, emit: { output.append($0) })
        return Value.fromPipelineOutput(output)
    }

    /// The key under which a computed property's getter is kept among an object's methods (a name no
    /// method call can spell).
    public static func propertyGetterKey(_ name: String) -> String { "\u{1}get:" + name }
    /// The key of a computed property's setter (a ScriptProperty's second block, an AliasProperty's target).
    public static func propertySetterKey(_ name: String) -> String { "\u{1}set:" + name }

    /// `$o.Name = value` on a ScriptProperty or AliasProperty: its setter runs; without one it is read-only.
    func assignComputedProperty(_ name: String, _ value: Value, on object: PSObject, span: SourceSpan) throws {
        guard let setter = object.method(Shell.propertySetterKey(name)) else {
            throw RuntimeError(ErrorRecord(
                message: "Set accessor for property \"\(name)\" is unavailable.", errorId: "SetWithoutSetterFromScriptProperty",
                category: .notSpecified, reason: "SetValueException",
                position: ErrorPosition(source: currentSource, span: span)))
        }
        _ = try setter.invoke([value])
    }
}
