using System.Runtime.InteropServices;

namespace BudgetReportGen.Cli;

/// <summary>
/// Whether the console window closes when the program ends: on Windows, a double click on budgetgen.exe or a file dropped on
/// it opens a console window of its own, which closes with the program and takes the result with it. Then the program waits
/// for a key. Never when input or output is redirected (scripts, tests), from PowerShell or cmd (the window stays), on
/// Linux, or when <c>BUDGETGEN_NO_PAUSE</c> is set.
/// </summary>
public static class ConsoleWindow
{
    public const string NoPauseVariable = "BUDGETGEN_NO_PAUSE";

    public static bool WillCloseOnExit() =>
        OperatingSystem.IsWindows()
        && ShouldPause(true, Console.IsInputRedirected || Console.IsOutputRedirected, ProcessesOnConsole(),
            Environment.GetEnvironmentVariable(NoPauseVariable));

    /// <summary>The rule: on Windows, not redirected, no one else on the console (no shell to return to), not suppressed.</summary>
    public static bool ShouldPause(bool windows, bool redirected, int processesOnConsole, string? noPause) =>
        windows && !redirected && processesOnConsole == 1 && string.IsNullOrEmpty(noPause);

    private static int ProcessesOnConsole()
    {
        if (!OperatingSystem.IsWindows()) return 0;
        var ids = new uint[4];
        return (int)GetConsoleProcessList(ids, (uint)ids.Length);
    }

    [DllImport("kernel32.dll", SetLastError = true)]
    private static extern uint GetConsoleProcessList(uint[] processList, uint processCount);
}
