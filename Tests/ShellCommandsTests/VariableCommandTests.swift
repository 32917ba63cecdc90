import Testing
import TestSupport

/// Get-, Set-, New-, Remove- and Clear-Variable: names by position, by pipeline and by property name,
/// wildcards, `-Scope`, `-ValueOnly`, `-Exclude`, `-Description`, `-PassThru`.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/get-variable?view=powershell-5.1
@Suite struct VariableCommandTests {
    @Test func getVariableFiltersByWildcardAndExcludeAndCanReturnValuesOnly() {
        let text = output(of: """
        $zeta1 = 1; $zeta2 = 2; $zeta3 = 3
        Get-Variable zeta* -Exclude zeta2 -ValueOnly
        (Get-Variable -Name zeta1).GetType().FullName
        'zeta3' | Get-Variable -ValueOnly
        [pscustomobject]@{ Name = 'zeta2' } | Get-Variable -ValueOnly
        """)
        #expect(text == "1\n3\nSystem.Management.Automation.PSVariable\n3\n2")
    }

    @Test func getVariableWithoutANameListsEveryVariableAndAnEmptyListNone() {
        let text = output(of: """
        $mine = 'x'
        (Get-Variable | Where-Object { $_.Name -eq 'mine' }).Value
        (Get-Variable -Name @()).Count
        """)
        #expect(text == "x\n0")
    }

    @Test func getVariableReadsTheScopeAsked() {
        let text = output(of: "$v = 'global'; function f { $v = 'local'; Get-Variable v -Scope Global -ValueOnly; Get-Variable v -ValueOnly }; f")
        #expect(text == "global\nlocal")
    }

    @Test func aMissingVariableIsVariableNotFound() {
        let text = output(of: "Get-Variable nope -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId")
        #expect(text == "VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand")
    }

    @Test func setVariableTakesNameAndValueByPositionAndTheValueByPipeline() {
        let text = output(of: """
        Set-Variable a1 10; $a1
        20 | Set-Variable -Name a2; $a2
        1, 2, 3 | Set-Variable a3; $a3.Count
        """)
        #expect(text == "10\n20\n3")
    }

    @Test func setVariablePassThruAndDescriptionDescribeTheVariable() {
        let text = output(of: """
        $p = Set-Variable d1 'v' -Description 'what it is' -Option None -Force -PassThru
        $p.Name; $p.Value
        (Get-Variable d1).Description
        """)
        #expect(text == "d1\nv\nwhat it is")
    }

    @Test func setVariableWritesTheScopeAsked() {
        #expect(output(of: "function f { Set-Variable g1 'set in f' -Scope Global }; f; $g1") == "set in f")
    }

    @Test func setVariableHonoursWhatIf() {
        #expect(output(of: "Set-Variable w1 1 -WhatIf; $null -eq $w1") == "What if: Performing the operation \"Set variable\" on target \"Name: w1 Value: 1\".\nTrue")
    }

    @Test func newVariableCreatesButRefusesAnExistingName() {
        let text = output(of: """
        New-Variable n1 'first' -Description 'made new'
        New-Variable n1 'second' -ErrorAction SilentlyContinue
        $n1; (Get-Variable n1).Description; $Error[0].FullyQualifiedErrorId
        (New-Variable n2 -Value 5 -PassThru).Value
        7 | New-Variable n3; $n3
        """)
        #expect(text == "first\nmade new\nVariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand\n5\n7")
    }

    @Test func removeVariableTakesNamesWildcardsAndPropertyNames() {
        let text = output(of: """
        $r1 = 1; $r2 = 2; $r3 = 3; $q1 = 4
        Remove-Variable r1
        Remove-Variable -Name r* -Force
        [pscustomobject]@{ Name = 'q1' } | Remove-Variable
        $null -eq $r1; $null -eq $r2; $null -eq $r3; $null -eq $q1
        Remove-Variable r1 -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId
        """)
        #expect(text == "True\nTrue\nTrue\nTrue\nVariableNotFound,Microsoft.PowerShell.Commands.RemoveVariableCommand")
    }

    @Test func removeVariableRemovesFromTheScopeAsked() {
        #expect(output(of: "$s1 = 'g'; function f { Remove-Variable s1 -Scope Global }; f; $null -eq $s1") == "True")
    }

    @Test func clearVariableKeepsTheVariableWithoutItsValue() {
        let text = output(of: """
        $c1 = 1; $c2 = 2
        Clear-Variable c1
        [pscustomobject]@{ Name = 'c2' } | Clear-Variable -Scope Global
        $null -eq $c1; $null -eq $c2; (Get-Variable c1).Name
        Clear-Variable nope -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId
        """)
        #expect(text == "True\nTrue\nc1\nVariableNotFound,Microsoft.PowerShell.Commands.ClearVariableCommand")
    }
}
