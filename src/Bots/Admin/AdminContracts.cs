using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conversational.Bots.Admin;

/// <summary><c>{"handle":"alice","kind":"person","displayName":"Alice","tier":"Verified","balances":[{"minor":10000,"currency":"EUR"}]}</c></summary>
public sealed record AccountView(string Handle, string Kind, string DisplayName, string Tier, IReadOnlyList<BalanceView> Balances);

/// <summary>One currency of an account: posted minor units, and what is held for purchases.</summary>
public sealed record BalanceView(long Minor, string Currency, long Held);

/// <summary><c>{"minor":5000,"currency":"EUR","idempotencyKey":"..."}</c></summary>
public sealed record TopUpRequest(long Minor, string? Currency, string? IdempotencyKey);

/// <summary><c>{"handle":"restosducoeur","displayName":"Restos du Cœur"}</c>; merchants add <c>feeBasisPoints</c>.</summary>
public sealed record RegistrationRequest(string? Handle, string? DisplayName, int? FeeBasisPoints);

/// <summary><c>{"tier":"Verified"}</c></summary>
public sealed record TierRequest(string? Tier);

/// <summary>What the ledger check found.</summary>
public sealed record LedgerCheckView(bool Ok, int Accounts, int JournalEntries, IReadOnlyList<string> Problems);

/// <summary><c>{"error":"...","reason":"InsufficientFunds"}</c></summary>
public sealed record AdminError(string Error, string? Reason = null);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AccountView))]
[JsonSerializable(typeof(TopUpRequest))]
[JsonSerializable(typeof(RegistrationRequest))]
[JsonSerializable(typeof(TierRequest))]
[JsonSerializable(typeof(LedgerCheckView))]
[JsonSerializable(typeof(AdminError))]
internal sealed partial class AdminJson : JsonSerializerContext;
