import Testing
import TestSupport

/// Get-Alias, Set-Alias, New-Alias and Get-Verb. Sources: the 5.1 documentation of each (Get-Alias -Definition,
/// the `name -> command` display); AliasCommandStrings.resx (NoAliasFound), SessionStateStrings.resx (AliasAlreadyExists); the verb groups
/// of PowerShell's Verbs.cs as 5.1 has them (no Build or Deploy).
@Suite struct AliasCommandTests {
    @Test func setAliasMakesANameThatRunsTheCommand() {
        let text = output(of: """
        Set-Alias -Name list -Value Get-ChildItem
        (Get-Alias list).Definition
        function Get-Greeting { 'hello' }
        Set-Alias hi Get-Greeting
        hi
        sal hi2 Get-Greeting; hi2
        """)
        #expect(text == "Get-ChildItem\nhello\nhello")
    }

    @Test func getAliasFindsByNameWildcardAndDefinition() {
        let text = output(of: """
        (Get-Alias gci).ResolvedCommandName
        (Get-Alias -Definition Get-ChildItem | ForEach-Object Name) -join ','
        (Get-Alias g?m | ForEach-Object Name) -join ','
        Get-Alias nosuchalias -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId
        $Error[0].Exception.Message
        """)
        #expect(text == """
        Get-ChildItem
        dir,gci,ls
        gcm
        ItemNotFoundException,Microsoft.PowerShell.Commands.GetAliasCommand
        This command cannot find a matching alias because an alias with the name 'nosuchalias' does not exist.
        """)
    }

    /// about_Aliases: `?` is Where-Object's alias; a name that is an alias is not taken as a pattern.
    @Test func anAliasNamedLikeAWildcardIsFoundByItsName() {
        #expect(output(of: "(Get-Alias -Name ?).Definition; (Get-Alias %).Definition; (Get-Alias gci).Options") == "Where-Object\nForEach-Object\nNone")
    }

    @Test func getAliasShowsTheNameAndTarget() {
        let text = output(of: "Get-Alias gcm")
        #expect(text.contains("Alias           gcm -> Get-Command"))
        #expect(text.contains("CommandType     Name"))
    }

    @Test func newAliasRefusesAnExistingNameUnlessForced() {
        let text = output(of: """
        New-Alias nl Get-Date
        New-Alias nl Get-Location -ErrorAction SilentlyContinue
        $Error[0].FullyQualifiedErrorId
        (Get-Alias nl).Definition
        New-Alias nl Get-Location -Force; (Get-Alias nl).Definition
        (New-Alias other Get-Date -PassThru).Name
        """)
        #expect(text == "AliasAlreadyExists,Microsoft.PowerShell.Commands.NewAliasCommand\nGet-Date\nGet-Location\nother")
    }

    @Test func getVerbListsTheApprovedVerbsWithTheirGroups() {
        let text = output(of: """
        (Get-Verb).Count
        (Get-Verb un* | ForEach-Object { $_.Verb + '/' + $_.Group }) -join ','
        (Get-Verb Get).Group
        [bool](Get-Verb Build)
        """)
        #expect(text == "98\nUndo/Common,Unlock/Common,Unpublish/Data,Uninstall/Lifecycle,Unregister/Lifecycle,Unblock/Security,Unprotect/Security\nCommon\nFalse")
    }
}
