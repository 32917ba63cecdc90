/// Read-only views of session state that completion needs.
extension Shell {
    /// Variable names visible from the current scope (or in the named scope), sorted
    /// case-insensitively, each as first written.
    func variableNames(scope: String?) -> [String] {
        let variables: [Variable]
        switch scope {
        case "global": variables = Array(globalScope.variables.values)
        case "script": variables = Array(scriptScope.variables.values)
        case "local", "private": variables = Array(currentScope.variables.values)
        default: variables = visibleVariables()
        }
        return variables.map(\.name).sorted { $0.lowercased() < $1.lowercased() }
    }
}
