/// What `Export-ModuleMember` named: wildcard patterns for functions, variables, cmdlets and aliases.
struct ModuleExports {
    var functions: [String] = []
    var variables: [String] = []
    var cmdlets: [String] = []
    var aliases: [String] = []
}
