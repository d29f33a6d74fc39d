namespace InspectionMiner.Ingestion;

/// <summary>Turns whatever stopped one document of a batch into the typed error the batch reports, in a reader's words.</summary>
internal static class DocumentFailure
{
    public static DocumentReadException From(string path, Exception e) => e switch
    {
        DocumentReadException read => read,
        OutOfMemoryException => new DocumentReadException(path, ReadFailureReason.OutOfMemory, "the document needed more memory than the process could give it", e),
        InsufficientExecutionStackException => new DocumentReadException(path, ReadFailureReason.Corrupt, "its objects are nested too deeply to read", e),
        UnauthorizedAccessException => new DocumentReadException(path, ReadFailureReason.PermissionDenied, "the file may not be read by this user", e),
        IOException => new DocumentReadException(path, ReadFailureReason.ReadError, "the file system reported an error while reading it", e),
        _ => new DocumentReadException(path, ReadFailureReason.Corrupt, "it could not be parsed (an unexpected error; the log has the details)", e),
    };
}
