import Testing
import TestSupport

/// Members Add-Member makes, as Get-Member lists them, and Add-Member on values that are not objects.
/// Definitions are the members' ToString() (PS:src/System.Management.Automation/engine/MshMemberInfo.cs at 60b3b304f2:
/// PSAliasProperty "Name = (Type)Target", PSScriptProperty "Type Name {get=<script>;set=<script>;}" with the blocks'
/// text as written, PSScriptMethod "Type Name();"); Get-Member sorts by the member type's name, then the member's
/// (GetMember.cs at 60b3b304f2, MemberComparer).
@Suite struct AddedMembersTests {
    @Test func scriptAliasAndNoteMembersShowInGetMemberWithTheirDefinitions() {
        let text = output(of: """
        $o = [pscustomobject]@{ Description = 'd' }
        $o | Add-Member -MemberType ScriptProperty -Name Upper -Value { $this.Description.ToUpper() } -SecondValue { $this.Description = $args[0] }
        $o | Add-Member -MemberType AliasProperty -Name Desc -Value Description -SecondValue string
        $o | Add-Member -MemberType ScriptMethod -Name Shout -Value { $this.Description + '!' }
        $o | Get-Member -MemberType AliasProperty, NoteProperty, ScriptMethod, ScriptProperty | ForEach-Object { "$($_.MemberType)|$($_.Name)|$($_.Definition)" }
        "$($o.Upper) $($o.Desc) $($o.Shout())"
        """)
        #expect(text == """
        AliasProperty|Desc|Desc = (System.String)Description
        NoteProperty|Description|string Description=d
        ScriptMethod|Shout|System.Object Shout();
        ScriptProperty|Upper|System.Object Upper {get= $this.Description.ToUpper() ;set= $this.Description = $args[0] ;}
        D d d!
        """)
    }

    /// Add-Member.Tests.ps1 ("Add ScriptMethod Success", "Add Single Note To Array"): a string or an array carries the
    /// member on the object -PassThru writes, which still reads, prints and computes as its value.
    @Test func aStringOrAnArrayCarriesAddedMembersAndStaysItsValue() {
        let text = output(of: """
        $s = Add-Member -InputObject 'abc' -MemberType NoteProperty -Name Tag -Value x -PassThru
        $s
        "$($s.Tag) $($s.Length) $($s.ToUpper()) $($s.GetType().FullName)"
        ($s | Get-Member -MemberType NoteProperty).Definition
        ($s | Get-Member -Name Length).MemberType
        $a = Add-Member -InputObject @(1, 2) -MemberType NoteProperty -Name Tag -Value y -PassThru
        "$($a.Tag) $($a.Count)"
        $n = Add-Member -InputObject 5 -MemberType NoteProperty -Name Unit -Value kg -PassThru
        "$($n + 1) $($n.Unit)"
        """)
        #expect(text == """
        abc
        x 3 ABC System.String
        string Tag=x
        Property
        y 2
        6 kg
        """)
    }
}
