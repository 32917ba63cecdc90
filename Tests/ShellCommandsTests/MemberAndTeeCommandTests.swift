import Testing
import TestSupport

/// Add-Member and Tee-Object. Sources: the 5.1 documentation of Add-Member (NoteProperty by -NotePropertyName/
/// -NotePropertyValue and -NotePropertyMembers, AliasProperty, ScriptProperty, ScriptMethod with $this, -PassThru,
/// -Force, -TypeName; AddMember.resx MemberAlreadyExists, CannotAddMemberType) and of Tee-Object (-Variable,
/// -FilePath, -Append; the input goes on down the pipeline).
@Suite struct MemberAndTeeCommandTests {
    @Test func addMemberAddsNoteProperties() {
        let text = output(of: """
        $o = [pscustomobject]@{ Name = 'a' }
        $o | Add-Member -NotePropertyName Status -NotePropertyValue Done
        Add-Member -InputObject $o -MemberType NoteProperty -Name Size -Value 3
        $o | Add-Member -NotePropertyMembers ([ordered]@{ X = 1; Y = 2 })
        $o | Add-Member NoteProperty Extra 'e'
        ($o.PSObject.Properties.Name) -join ','
        $o.Status; $o.Size + $o.X + $o.Y; $o.Extra
        """)
        #expect(text == "Name,Status,Size,X,Y,Extra\nDone\n6\ne")
    }

    @Test func scriptMembersSeeThisAndAliasPropertiesFollowTheirTarget() {
        let text = output(of: """
        $o = [pscustomobject]@{ Value = 4 }
        $o | Add-Member -MemberType ScriptMethod -Name Times -Value { param($n) $this.Value * $n }
        $o | Add-Member -MemberType ScriptProperty -Name Double -Value { $this.Value * 2 }
        $o | Add-Member -MemberType AliasProperty -Name Amount -Value Value
        $o.Times(3); $o.Double; $o.Amount
        $o.Value = 10
        $o.Double; $o.Amount
        """)
        #expect(text == "12\n8\n4\n20\n10")
    }

    /// Add-Member.Tests.ps1 ("Add ScriptProperty Success": -SecondValue is the setter, $args[0] the value); without a
    /// setter, MshMemberInfo.cs throws SetWithoutSetterFromScriptProperty with ExtendedTypeSystem.resx SetWithoutSetterException.
    @Test func scriptPropertySetterAndAliasPropertyAssignment() {
        let text = output(of: """
        $o = [pscustomobject]@{ Description = 'MyDescription'; Size = 1 }
        $o | Add-Member -MemberType ScriptProperty -Name NewDescription -Value { $this.Description } -SecondValue { $this.Description = $args[0] }
        $o | Add-Member -MemberType ScriptProperty -Name ReadOnly -Value { 'fixed' }
        $o | Add-Member -MemberType AliasProperty -Name Length -Value Size
        $o.NewDescription = 'some description'; $o.Description
        $o.Length = 7; $o.Size
        try { $o.ReadOnly = 'x' } catch { $_.Exception.Message }
        """)
        #expect(text == "some description\n7\nSet accessor for property \"ReadOnly\" is unavailable.")
    }

    @Test func anExistingMemberIsAnErrorUnlessForcedAndPassThruWritesTheObject() {
        let text = output(of: """
        $o = [pscustomobject]@{ Name = 'a' }
        $o | Add-Member -NotePropertyName Name -NotePropertyValue b -ErrorAction SilentlyContinue
        $Error[0].FullyQualifiedErrorId; $o.Name
        ($o | Add-Member -NotePropertyName Name -NotePropertyValue c -Force -PassThru).Name
        ($o | Add-Member -TypeName My.Type -PassThru).PSObject.TypeNames[0]
        try { $o | Add-Member -MemberType Property -Name P -Value 1 } catch { $_.FullyQualifiedErrorId }
        """)
        #expect(text == "MemberAlreadyExists,Microsoft.PowerShell.Commands.AddMemberCommand\na\nc\nMy.Type\nCannotAddMemberType,Microsoft.PowerShell.Commands.AddMemberCommand")
    }

    @Test func teeObjectKeepsTheInputInAVariableAndPassesItOn() {
        let text = output(of: """
        1..3 | Tee-Object -Variable kept | ForEach-Object { $_ * 10 }
        $kept -join ','
        'one' | Tee-Object -Variable single | Out-Null; $single
        """)
        #expect(text == "10\n20\n30\n1,2,3\none")
    }

    @Test func teeObjectWritesTheFormattedInputToAFileAndAppends() {
        let scratch = ScratchDirectory()
        let text = scratch.run("""
        'a', 'b' | Tee-Object -FilePath out.txt
        'c' | Tee -FilePath out.txt -Append | Out-Null
        """)
        #expect(text == "a\nb")
        #expect(scratch.read("out.txt") == "a\nb\nc\n")
    }
}
