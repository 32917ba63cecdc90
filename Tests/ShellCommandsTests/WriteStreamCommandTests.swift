import ShellEngine
import Testing
import TestSupport

/// Write-Warning, Write-Verbose, Write-Debug, Write-Information and Write-Progress: the message (positional,
/// `-Msg`, or piped) goes to its stream when the command's common parameter or the preference variable asks.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_commonparameters?view=powershell-5.1
@Suite struct WriteStreamCommandTests {
    @Test func warningsArePrefixedAndTakeTheMessageByPositionAliasOrPipeline() {
        #expect(output(of: "Write-Warning 'one'; Write-Warning -Msg 'two'; 'three' | Write-Warning") == "WARNING: one\nWARNING: two\nWARNING: three")
    }

    @Test func verboseTextIsShownOnlyWhenAsked() {
        let text = output(of: "Write-Verbose 'hidden'; Write-Verbose -Message 'shown' -Verbose; 'piped' | Write-Verbose -Verbose")
        #expect(text == "VERBOSE: shown\nVERBOSE: piped")
    }

    @Test func debugFollowsTheSwitchBeforeThePreference() {
        let text = output(of: """
        Write-Debug 'a'
        Write-Debug 'b' -Debug
        $DebugPreference = 'Continue'
        Write-Debug -Msg 'c'
        Write-Debug 'd' -Debug:$false
        'e' | Write-Debug
        """)
        #expect(text == "DEBUG: b\nDEBUG: c\nDEBUG: e")
    }

    @Test func informationIsShownWhenItsActionOrPreferenceIsContinue() {
        let text = output(of: """
        Write-Information 'hidden' -Tags t1
        Write-Information -MessageData 'by action' -InformationAction Continue
        $InformationPreference = 'Continue'
        Write-Information -Msg 'by preference' 'tag'
        Write-Information 'silenced' -InformationAction SilentlyContinue
        """)
        #expect(text == "by action\nby preference")
    }

    @Test func progressTakesActivityAndStatusByPositionAndDefaultsTheRest() {
        let (shell, host) = makeShell()
        shell.run("Write-Progress 'Copying' 'Half way' 7 -PercentComplete 50 -CurrentOperation 'file.txt'")
        shell.run("Write-Progress -Activity 'Copying'")
        shell.run("Write-Progress -Activity 'Copying' -Completed")
        #expect(host.progress == [
            ProgressRecord(activity: "Copying", status: "Half way", percentComplete: 50, currentOperation: "file.txt"),
            ProgressRecord(activity: "Copying", status: "Processing", percentComplete: -1),
            ProgressRecord(activity: "Copying", status: "Processing", percentComplete: -1, isCompleted: true),
        ])
    }

    @Test func progressIsDroppedWhenItsActionOrPreferenceIsNotContinue() {
        let (shell, host) = makeShell()
        shell.run("Write-Progress 'a' -ProgressAction SilentlyContinue; $ProgressPreference = 'SilentlyContinue'; Write-Progress 'b'")
        shell.run("Write-Progress 'c' -ProgressAction Continue")
        #expect(host.progress.map(\.activity) == ["c"])
    }
}
