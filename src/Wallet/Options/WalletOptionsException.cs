namespace Conversational.Wallet;

/// <summary>The Wallet settings are wrong; the message lists every problem, each naming its setting.</summary>
public sealed class WalletOptionsException : Exception
{
    public WalletOptionsException()
    {
        Problems = [];
    }

    public WalletOptionsException(string message) : base(message)
    {
        Problems = [message];
    }

    public WalletOptionsException(string message, Exception innerException) : base(message, innerException)
    {
        Problems = [message];
    }

    public WalletOptionsException(IReadOnlyList<string> problems) : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
