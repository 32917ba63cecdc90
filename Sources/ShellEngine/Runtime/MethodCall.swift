import PowerShellSyntax

/// A .NET method call in progress: converts its arguments as PowerShell's method binder does and words its
/// errors as Windows PowerShell 5.1 does (ExtendedTypeSystem.resx: MethodArgumentConversionException,
/// MethodInvocationException, MethodCountCouldNotFindBest).
struct MethodCall {
    let shell: Shell
    let span: SourceSpan
    /// The name as the script wrote it (`add`).
    let writtenName: String
    let arguments: [Value]
    /// The object whose method runs, for its members' spelling.
    var object: DotNetObject?

    /// The method's name as .NET spells it (`Add`), for messages: looked up only when a message needs it.
    var name: String {
        let lower = writtenName.lowercased()
        return object?.members.first { $0.name.lowercased() == lower }?.name ?? writtenName
    }

    func argument(_ index: Int) -> Value { index < arguments.count ? arguments[index] : .null }

    /// Converts argument `index` to `typeName`: `Cannot convert argument "item", with value: "x", for "Add" to type
    /// "System.Int32": "..."`. `System.Object` takes anything as it is.
    func convert(_ index: Int, to typeName: String, parameter: String) throws -> Value {
        try convert(argument(index), to: typeName, parameter: parameter)
    }

    func convert(_ value: Value, to typeName: String, parameter: String) throws -> Value {
        if typeName == "System.Object" { return value }
        do {
            return try Conversion.convert(value, to: typeName, shell: shell, span: span)
        } catch let error as RuntimeError {
            throw shell.error("Cannot convert argument \"\(parameter)\", with value: \"\(LanguagePrimitives.toString(value))\", for \"\(name)\" to type \"\(typeName)\": \"\(error.record.message)\"",
                              id: "MethodArgumentConversionInvalidCastArgument", category: .notSpecified, span: span, reason: "MethodException")
        }
    }

    func int(_ index: Int, parameter: String) throws -> Int {
        guard case .int(let number) = try convert(index, to: "System.Int32", parameter: parameter) else { return 0 }
        return number
    }

    /// The .NET method threw: `Exception calling "Add" with "2" argument(s): "message"`, an error whose
    /// exception is a MethodInvocationException wrapping `exception` (a full .NET type name).
    func failure(_ message: String, exception: String) -> RuntimeError {
        var error = shell.error("Exception calling \"\(name)\" with \"\(arguments.count)\" argument(s): \"\(message)\"",
                                id: String(exception.split(separator: ".").last ?? ""), category: .notSpecified, span: span,
                                reason: "MethodInvocationException")
        error.record.innerExceptionType = exception
        error.record.innerMessage = message
        return error
    }

    /// No overload takes this many arguments.
    func overloadFailure() -> RuntimeError {
        shell.error("Cannot find an overload for \"\(name)\" and the argument count: \"\(arguments.count)\".",
                    id: "MethodCountCouldNotFindBest", category: .notSpecified, span: span, reason: "MethodException")
    }

    /// Checks the argument count against the overloads' counts.
    func expect(_ counts: Int...) throws {
        guard counts.contains(arguments.count) else { throw overloadFailure() }
    }

    /// Runs a script block given where .NET wants a delegate (`Predicate[T]`, `Action[T]`): `$_` and `$args[0]`
    /// are the element.
    func callDelegate(_ block: Value, with element: Value) throws -> Value {
        guard case .scriptBlock(let script) = block else {
            throw shell.error("Cannot convert argument \"match\", with value: \"\(LanguagePrimitives.toString(block))\", for \"\(name)\" to type \"System.Predicate\": \"Cannot convert the \"\(LanguagePrimitives.toString(block))\" value of type \"\(LanguagePrimitives.typeName(of: block))\" to type \"System.Predicate\".\"",
                              id: "MethodArgumentConversionInvalidCastArgument", category: .notSpecified, span: span, reason: "MethodException")
        }
        return Value.fromPipelineOutput(try shell.invokeScriptBlock(script, dollarUnder: element, arguments: [element]))
    }
}
