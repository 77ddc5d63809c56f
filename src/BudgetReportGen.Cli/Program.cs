namespace BudgetReportGen.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.WriteLine("budgetgen 0.1.0");
        return 0;
    }
}
