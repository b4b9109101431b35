namespace Functions.TestSupport.ObjectStorage;

/// <summary>What the emulator does to a request it was told to fail.</summary>
public enum EmulatorFault
{
    /// <summary>503 SlowDown.</summary>
    SlowDown,

    /// <summary>500 InternalError.</summary>
    InternalError,

    /// <summary>Closes the connection without an answer.</summary>
    DropConnection,

    /// <summary>200 with an <c>&lt;Error&gt;</c> body (COS's Complete Multipart Upload).</summary>
    ErrorIn200,
}
