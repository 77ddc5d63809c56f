using BudgetReportGen.Core.Diagnostics;

namespace BudgetReportGen.Core.Classification;

/// <summary>A classification CSV that cannot be read; <see cref="Diagnostic"/> says which file and line, what is wrong and how to fix it.</summary>
public sealed class ClassificationCatalogException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
