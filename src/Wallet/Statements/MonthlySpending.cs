namespace Conversational.Wallet;

/// <summary>What a person spent in one calendar month (UTC), by kind, in one currency.</summary>
/// <param name="Sent">To other people, including pending transfers not returned.</param>
/// <param name="Donated">To charities from the wallet.</param>
/// <param name="Paid">To merchants (direct payments and captured holds), less refunds received.</param>
/// <param name="PhoneBilled">SMS+ purchases and donations billed to the phone, less refunds.</param>
public sealed record MonthlySpending(int Year, int Month, Money Sent, Money Donated, Money Paid, Money PhoneBilled)
{
    /// <summary>Everything that left the wallet (phone billing is on the phone bill, so not included).</summary>
    public Money FromWallet => Sent + Donated + Paid;
}
