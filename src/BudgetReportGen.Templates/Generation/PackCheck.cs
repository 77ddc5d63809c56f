using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Sampling;

namespace BudgetReportGen.Templates.Generation;

/// <summary>A fault a pack shows on some department: where in the pack, what, and how many of the checked departments hit it.</summary>
public sealed record PackProblem(string File, int Line, int Column, string Reason, int Departments, int FirstDepartment);

/// <summary>
/// Checks a pack on many departments, not one: renders it in memory for a corpus of generated departments (every optional
/// section absent and present, every code of its catalog; every other department with each pack option switched the other
/// way, e.g. 图解 on), so a template fault in a branch the sample never reaches is found before any department meets it.
/// Parsing faults are found when the pack loads.
/// </summary>
public static class PackCheck
{
    public static IReadOnlyList<PackProblem> Run(ReportGenerator generator, int departments, int seed = 1)
    {
        var samples = new DepartmentGenerator(generator.Catalog, new SampleOptions { Year = generator.Pack.Year });
        var faults = new TemplateException?[departments];
        var switched = generator.Pack.WithOptions(generator.Pack.Options.Select(o => KeyValuePair.Create(o.Key, o.Value ? "false" : "true")));
        Parallel.For(0, departments, i =>
        {
            var data = samples.Generate(seed, i);
            var figures = FigureCalculator.Compute(data, generator.Catalog);
            var pack = i % 2 == 0 ? generator.Pack : switched;
            try
            {
                pack.UnmetRequirements(figures);
                pack.Render(figures, data.Unit);
            }
            catch (TemplateException e)
            {
                faults[i] = e;
            }
        });
        return faults.Select((fault, index) => (Fault: fault, Index: index))
            .Where(f => f.Fault is not null)
            .GroupBy(f => (f.Fault!.File, f.Fault.Line, f.Fault.Column, f.Fault.Reason))
            .Select(g => new PackProblem(g.Key.File, g.Key.Line, g.Key.Column, g.Key.Reason, g.Count(), g.Min(f => f.Index)))
            .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)
            .ToList();
    }
}
