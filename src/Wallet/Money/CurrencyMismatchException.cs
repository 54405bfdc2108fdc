namespace Conversational.Wallet;

/// <summary>Two amounts in different currencies were combined; the wallet never converts.</summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    public CurrencyMismatchException()
    {
    }

    public CurrencyMismatchException(string message) : base(message)
    {
    }

    public CurrencyMismatchException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public CurrencyMismatchException(Currency left, Currency right)
        : base($"Cannot combine {left.Code} and {right.Code}: the wallet never converts currencies.")
    {
    }
}
