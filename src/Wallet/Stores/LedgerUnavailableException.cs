namespace Conversational.Wallet;

/// <summary>
/// The store did not answer: whatever was asked may or may not have happened. Never report it as a failure;
/// retry with the same transfer id.
/// </summary>
public sealed class LedgerUnavailableException : Exception
{
    public LedgerUnavailableException()
    {
    }

    public LedgerUnavailableException(string message) : base(message)
    {
    }

    public LedgerUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
