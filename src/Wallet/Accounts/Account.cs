namespace Conversational.Wallet;

/// <summary>An account as the ledger knows it. Balances are kept separately, per currency.</summary>
/// <param name="Id">The id, which carries the kind.</param>
/// <param name="Tier">For a person, their identity tier; other kinds are always <see cref="IdentityTier.Verified"/>.</param>
/// <param name="FeeBasisPoints">For a merchant, its plan's fee in hundredths of a percent (100 = 1 %); 0 otherwise.</param>
public sealed record Account(AccountId Id, IdentityTier Tier = IdentityTier.Unverified, int FeeBasisPoints = 0)
{
    public AccountKind Kind => Id.Kind;

    public static Account Person(string name) => new(AccountId.Person(name));

    public static Account Charity(string name) => new(AccountId.Charity(name), IdentityTier.Verified);

    public static Account Merchant(string name, int feeBasisPoints) => new(AccountId.Merchant(name), IdentityTier.Verified, feeBasisPoints);
}
