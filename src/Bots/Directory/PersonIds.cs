using System.Security.Cryptography;
using Conversational.Wallet;

namespace Conversational.Bots.Directory;

/// <summary>
/// New persons get a random account id ("person:p7k2m9x4q1w8"), never one made of a channel identity: a person
/// may later link several identities to one wallet, and an id must not reveal a phone number.
/// </summary>
internal static class PersonIds
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static AccountId New() => AccountId.Person("p" + RandomNumberGenerator.GetString(Alphabet, 12));
}
