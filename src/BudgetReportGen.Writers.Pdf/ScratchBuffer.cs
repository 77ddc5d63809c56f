namespace BudgetReportGen.Writers.Pdf;

/// <summary>
/// Memory streams kept per thread and emptied for each use, so that saving a PDF does not allocate its megabyte-sized
/// buffers anew for every document: such buffers land on the large-object heap, and their churn was what triggered most of
/// a batch's gen-2 collections. The caller keeps the slot in a <c>[ThreadStatic]</c> field; a stream that grew past
/// <see cref="KeptCapacity"/> is not kept.
/// </summary>
internal static class ScratchBuffer
{
    private const int KeptCapacity = 32 << 20;

    /// <summary>The stream of <paramref name="slot"/> (taken out of it, so a nested use gets its own), emptied; or a new one.</summary>
    public static MemoryStream Rent(ref MemoryStream? slot)
    {
        var stream = slot ?? new MemoryStream();
        slot = null;
        stream.SetLength(0);
        return stream;
    }

    /// <summary>Puts <paramref name="stream"/> back into <paramref name="slot"/> for the thread's next <see cref="Rent"/>.</summary>
    public static void Return(ref MemoryStream? slot, MemoryStream stream)
    {
        if (stream.Capacity <= KeptCapacity) slot = stream;
    }
}
