using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>
/// PDFsharp's font resolver for this process. PDFsharp allows one resolver per process, set before the first font is used;
/// this one serves the faces the writer found (by a private face key), extracting .ttc faces once and keeping the bytes
/// (with a compact character map, <see cref="CmapCompactor"/>).
/// Thread-safe: faces are registered and loaded through concurrent dictionaries.
/// </summary>
internal sealed class FaceRegistry : IFontResolver
{
    private static readonly Lazy<FaceRegistry> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, FontFace> faces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> bytes = new(StringComparer.Ordinal);

    private FaceRegistry() { }

    /// <summary>The process-wide registry, installed as PDFsharp's font resolver on first use.</summary>
    public static FaceRegistry Instance => Installed.Value;

    private static FaceRegistry Install()
    {
        if (GlobalFontSettings.FontResolver is { } existing)
            throw new InvalidOperationException(
                $"PDFsharp already has a font resolver ({existing.GetType().FullName}); the PDF writer needs its own and PDFsharp allows only one per process.");
        var registry = new FaceRegistry();
        GlobalFontSettings.FontResolver = registry;
        return registry;
    }

    /// <summary>Registers a face and returns the family name under which PDFsharp's XFont finds it.</summary>
    public string Register(FontFace face)
    {
        var key = "brg-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{face.Path}#{face.IndexInFile}")))[..16];
        faces.TryAdd(key, face);
        return key;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!faces.TryGetValue(familyName, out var face)) return null;
        var simulation = (bold && !face.IsBold ? XStyleSimulations.BoldSimulation : XStyleSimulations.None)
                         | (italic ? XStyleSimulations.ItalicSimulation : XStyleSimulations.None);
        return new FontResolverInfo(familyName, simulation);
    }

    public byte[]? GetFont(string faceName) =>
        faces.TryGetValue(faceName, out var face)
            ? bytes.GetOrAdd(faceName, _ => new Lazy<byte[]>(() => Sfnt.LoadFace(face.Path, face.IndexInFile))).Value
            : null;
}
