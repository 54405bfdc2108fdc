namespace Conversational.Wallet.Tests.Model;

/// <summary>Who takes part in a model run: a handful of people (two verified), a charity, two merchants (1 % and
/// 2 %), and ids that are never opened, so unknown payers and recipients come up too.</summary>
internal static class ModelCast
{
    public static readonly AccountId[] Verified = [AccountId.Person("alice"), AccountId.Person("bob")];

    public static readonly AccountId[] Unverified = [AccountId.Person("carol"), AccountId.Person("dave"), AccountId.Person("erin")];

    public static readonly AccountId[] People = [.. Verified, .. Unverified];

    public static readonly AccountId Ghost = AccountId.Person("ghost");

    public static readonly AccountId Charity = AccountId.Charity("restos");

    public static readonly (AccountId Id, int FeeBasisPoints)[] Merchants =
        [(AccountId.Merchant("books"), 100), (AccountId.Merchant("games"), 200)];

    public static readonly AccountId ClosedShop = AccountId.Merchant("closed");

    /// <summary>One phone per person, in <see cref="People"/> order, and one nobody owns.</summary>
    public static readonly string[] Phones = ["+33611111111", "+33622222222", "+33633333333", "+33644444444", "+33655555555", "+447700900123"];

    public static readonly string[] ClaimKeys = ["+33690000001", "+33690000002", "@lea", "@sam", "@tom"];

    public static readonly string[] Operators = ["orange", "sfr"];

    /// <summary>Short codes of each tier, and some that are no tier's.</summary>
    public static readonly string[] ShortCodes = ["41234", "51234", "61234", "71234", "81234", "84321", "91234", "1234", "8123x"];

    public static IEnumerable<AccountId> Everyone => [.. People, Charity, .. Merchants.Select(m => m.Id)];
}
