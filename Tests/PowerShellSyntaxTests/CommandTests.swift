import Testing
import PowerShellSyntax

@Suite struct CommandTests {
    static let arguments: [ShapeCase] = [
        ShapeCase("Get-Foo", "(cmd Get-Foo)"),
        ShapeCase("openssl req -new", "(cmd openssl req -new)"),
        ShapeCase("./x.ps1", "(cmd ./x.ps1)"),
        ShapeCase(".\\x.ps1 -a 1", "(cmd .\\x.ps1 -a 1)"),
        ShapeCase("Get-Foo -Name x 1 @splat", "(cmd Get-Foo -Name x 1 @splat)"),
        ShapeCase("Write-Output clientcert.pem C:\\x\\y * 192.168.1.1", "(cmd Write-Output clientcert.pem C:\\x\\y * 192.168.1.1)"),
        ShapeCase("Write-Output trustedadmin@vsphere.local", "(cmd Write-Output trustedadmin@vsphere.local)"),
        ShapeCase("Write-Output 8 -5 1.5 0x10 1kb", "(cmd Write-Output 8 -5 1.5D 16 1024)"),
        ShapeCase("Write-Output 2+2", "(cmd Write-Output 2+2)"),
        ShapeCase("Write-Output 7z", "(cmd Write-Output 7z)"),
        ShapeCase("Write-Output $a+2", "(cmd Write-Output (word $a \"+2\"))"),
        ShapeCase("Write-Output a$a", "(cmd Write-Output (word \"a\" $a))"),
        ShapeCase("Write-Output a'$a'", "(cmd Write-Output a$a)"),
        ShapeCase("Write-Output a\"$b c\"d", "(cmd Write-Output (word \"a\" $b \" cd\"))"),
        ShapeCase("Write-Output !1", "(cmd Write-Output !1)"),
        ShapeCase("Write-Output (!1)", "(cmd Write-Output (paren (! 1)))"),
        ShapeCase("Write-Output $HOME\\x", "(cmd Write-Output (word $HOME \"\\x\"))"),
        ShapeCase("Write-Output $HOME.Length-more", "(cmd Write-Output (. $HOME Length) -more)"),
        ShapeCase("Write-Output $(1+1)x", "(cmd Write-Output $((+ 1 1)) x)"),
        ShapeCase("Write-Output a$(1)b", "(cmd Write-Output (word \"a\" $(1) \"b\"))"),
        ShapeCase("Write-Output a,b,c", "(cmd Write-Output (, a b c))"),
        ShapeCase("Write-Output a, b ,c", "(cmd Write-Output (, a b c))"),
        ShapeCase("Write-Output 1,$x,'s'", "(cmd Write-Output (, 1 $x 's'))"),
        ShapeCase("Write-Output a,\n b", "(cmd Write-Output (, a b))"),
        ShapeCase("Write-Output -Name:value", "(cmd Write-Output -Name:value)"),
        ShapeCase("Write-Output -Confirm: $false", "(cmd Write-Output -Confirm:$false)"),
        ShapeCase("Write-Output -Path:a,b", "(cmd Write-Output -Path:(, a b))"),
        ShapeCase("gci -- -x -y", "(cmd gci -- -x -y)"),
        ShapeCase("gci -x -- -- -y", "(cmd gci -x -- -- -y)"),
        ShapeCase("Write-Output -", "(cmd Write-Output -)"),
        ShapeCase("Write-Output a#b", "(cmd Write-Output a#b)"),
        ShapeCase("Write-Output a #comment", "(cmd Write-Output a)"),
        ShapeCase("Write-Output a <# c #> b", "(cmd Write-Output a b)"),
        ShapeCase("Write-Output `$x", "(cmd Write-Output $x)"),
        ShapeCase("Write-Output a`tb", "(cmd Write-Output a\tb)"),
        ShapeCase("Write-Output 'a b' \"c $d\"", "(cmd Write-Output 'a b' (str \"c \" $d))"),
        ShapeCase("Write-Output $a[0] $b.c.d $e.f()", "(cmd Write-Output (idx $a 0) (. (. $b c) d) (call $e f))"),
        ShapeCase("Write-Output @(1) @{a=1} $(2) {3} (4)", "(cmd Write-Output @(1) @{a=1} $(2) {3} (paren 4))"),
        ShapeCase("Write-Output [int]", "(cmd Write-Output [int])"),
        ShapeCase("Get-Foo `\n  -Name x", "(cmd Get-Foo -Name x)"),
        ShapeCase("Get-Foo --% a b 'c'", "(cmd Get-Foo a b 'c')"),
        ShapeCase("Get-Foo -x -- -y", "(cmd Get-Foo -x -- -y)"),
        ShapeCase("Get-Foo –Name x", "(cmd Get-Foo -Name x)"),
    ]

    @Test(arguments: arguments)
    func argumentModeWordsNumbersAndParameters(_ c: ShapeCase) {
        #expect(rendered(c.source) == c.expected)
    }

    static let invocations: [ShapeCase] = [
        ShapeCase("& $path a b", "(cmd& $path a b)"),
        ShapeCase("& 'C:\\x y\\a.exe' -v", "(cmd& 'C:\\x y\\a.exe' -v)"),
        ShapeCase("& { 1 }", "(cmd& {1})"),
        ShapeCase("& Get-Foo -x", "(cmd& Get-Foo -x)"),
        ShapeCase(". ./common.ps1 arg", "(cmd. ./common.ps1 arg)"),
        ShapeCase(". $profile", "(cmd. $profile)"),
        ShapeCase("Get-Foo | & { $input }", "(| (cmd Get-Foo) (cmd& {$input}))"),
    ]

    @Test(arguments: invocations)
    func callAndDotSourceOperators(_ c: ShapeCase) {
        #expect(rendered(c.source) == c.expected)
    }

    static let pipelines: [ShapeCase] = [
        ShapeCase("Get-Foo | Where-Object { $_.x -gt 1 } | % { $_ }", "(| (cmd Get-Foo) (cmd Where-Object {(-gt (. $_ x) 1)}) (cmd % {$_}))"),
        ShapeCase("1..3 | ForEach-Object { $_ * 2 }", "(| (.. 1 3) (cmd ForEach-Object {(* $_ 2)}))"),
        ShapeCase("$x | ? Name -eq 'a'", "(| $x (cmd ? Name -eq 'a'))"),
        ShapeCase("Get-Foo |\nSelect-Object x", "(| (cmd Get-Foo) (cmd Select-Object x))"),
        ShapeCase("Get-Foo |\n\n  Select-Object x", "(| (cmd Get-Foo) (cmd Select-Object x))"),
        ShapeCase("Get-Foo\n| Select-Object x", "(| (cmd Get-Foo) (cmd Select-Object x))"),
        ShapeCase("Get-Foo\n  # note\n  | Select-Object x", "(| (cmd Get-Foo) (cmd Select-Object x))"),
        ShapeCase("Get-Foo\n\n| Select-Object x", "error:EmptyPipeElement"),
        ShapeCase("'a' | Out-Null", "(| 'a' (cmd Out-Null))"),
    ]

    @Test(arguments: pipelines)
    func pipelinesAndLineContinuation(_ c: ShapeCase) {
        #expect(rendered(c.source) == c.expected)
    }

    static let redirections: [ShapeCase] = [
        ShapeCase("Get-Foo > out.txt", "(cmd Get-Foo 1>out.txt)"),
        ShapeCase("Get-Foo >> out.txt", "(cmd Get-Foo 1>>out.txt)"),
        ShapeCase("Get-Foo 2>&1", "(cmd Get-Foo 2>&1)"),
        ShapeCase("Get-Foo 2> err.txt", "(cmd Get-Foo 2>err.txt)"),
        ShapeCase("Get-Foo 2>> err.log", "(cmd Get-Foo 2>>err.log)"),
        ShapeCase("Get-Foo *> $null", "(cmd Get-Foo *>$null)"),
        ShapeCase("Get-Foo >$null", "(cmd Get-Foo 1>$null)"),
        ShapeCase("Get-Foo -x 1 3>&1 > \"$d\\log\"", "(cmd Get-Foo -x 1 3>&1 1>(str $d \"\\log\"))"),
        ShapeCase("$x > file.txt", "(redirect $x 1>file.txt)"),
    ]

    @Test(arguments: redirections)
    func redirectionsOfCommandsAndExpressions(_ c: ShapeCase) {
        #expect(rendered(c.source) == c.expected)
    }

    @Test func commandSpansCoverNameAndArguments() throws {
        let block = try Parser.parse("  Get-Foo -Name x 'y z'")
        guard case .pipeline(let p) = block.endBlock.first?.kind, case .command(let c) = p.elements.first else {
            Issue.record("not a command")
            return
        }
        #expect(c.nameSpan == SourceSpan(start: 2, end: 9, line: 1, column: 3))
        #expect(c.span == SourceSpan(start: 2, end: 23, line: 1, column: 3))
        guard case .argument(let arg, let argSpan) = c.elements[2] else {
            Issue.record("not an argument")
            return
        }
        #expect(argSpan == SourceSpan(start: 18, end: 23, line: 1, column: 19))
        #expect(arg.span == argSpan)
    }
}
