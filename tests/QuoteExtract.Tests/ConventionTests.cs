using System.Reflection;
using System.Runtime.CompilerServices;
using FluentAssertions;

namespace QuoteExtract.Tests;

/// <summary>
/// Conventions of the public surface, checked by reflection over the QuoteExtract assembly: public types are
/// sealed (or enums, or static), immutable (no public setter but <c>init</c>, no public writable field), and
/// expose no internal type. XML docs on every public member are enforced by the build (CS1591 as an error),
/// and the list of public symbols by PublicAPI.*.txt.
/// </summary>
public sealed class ConventionTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Library = typeof(QuoteExtractor).Assembly;

    private static IEnumerable<Type> PublicTypes() => Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Test]
    public void PublicTypes_Assembly_HasTheDocumentedPublicTypes()
    {
        // Guards the other tests against looking at nothing; the full list of symbols is in PublicAPI.Unshipped.txt.
        PublicTypes().Select(t => t.Name).Should().Contain(
            ["QuoteExtractor", "QuoteExtractorOptions", "ExtractionResult", "Quote", "Speaker", "Cue", "Entity", "TextSpan", "QuoteType", "CueClass", "EntityKind"]);
    }

    [TestCaseSource(nameof(PublicTypes))]
    public void PublicType_Declaration_IsSealedEnumOrStatic(Type type)
    {
        bool isStatic = type.IsAbstract && type.IsSealed;
        (type.IsEnum || type.IsSealed || isStatic).Should().BeTrue("{0} is public, so it must be sealed (or an enum, or static)", type.FullName);
        type.IsInterface.Should().BeFalse("{0}: the library exposes no interfaces to implement", type.FullName);
    }

    [TestCaseSource(nameof(PublicTypes))]
    public void PublicType_Properties_HaveNoPublicSetterButInit(Type type)
    {
        var settable = type.GetProperties(Declared)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name);

        settable.Should().BeEmpty("{0} is immutable: its properties are get-only or init-only", type.FullName);
    }

    [TestCaseSource(nameof(PublicTypes))]
    public void PublicType_Fields_AreNoneWritable(Type type)
    {
        // An enum's value__ field is the runtime's, not a writable member.
        var writable = type.IsEnum
            ? Enumerable.Empty<string>()
            : type.GetFields(Declared).Where(f => !f.IsInitOnly && !f.IsLiteral).Select(f => f.Name);

        writable.Should().BeEmpty("{0} is immutable: no public writable field", type.FullName);
    }

    [TestCaseSource(nameof(PublicTypes))]
    public void PublicType_Signatures_ExposeNoInternalType(Type type)
    {
        var exposed = ExposedTypes(type)
            .SelectMany(Flatten)
            .Where(t => t.Assembly == Library && !IsVisible(t))
            .Select(t => t.FullName)
            .Distinct();

        exposed.Should().BeEmpty("{0}'s public members must not mention internal types", type.FullName);
    }

    [Test]
    public void InternalTypes_Assembly_AreNotPublic()
    {
        // Everything under the stage namespaces (Tokenization, Detection, Attribution, Entities, Lexicons) is internal.
        var publicInStages = PublicTypes().Where(t => t.Namespace != "QuoteExtract").Select(t => t.FullName);

        publicInStages.Should().BeEmpty("the public surface is the flat QuoteExtract namespace; stages are internal");
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsVisible(Type type) =>
        type.IsGenericParameter || type.IsVisible;

    private static IEnumerable<Type> ExposedTypes(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var implemented in type.GetInterfaces())
        {
            yield return implemented;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            switch (member)
            {
                case PropertyInfo property:
                    yield return property.PropertyType;
                    break;
                case FieldInfo field:
                    yield return field.FieldType;
                    break;
                case MethodBase method:
                    if (method is MethodInfo info)
                    {
                        yield return info.ReturnType;
                    }

                    foreach (var parameter in method.GetParameters())
                    {
                        yield return parameter.ParameterType;
                    }

                    break;
                case EventInfo e when e.EventHandlerType is { } handler:
                    yield return handler;
                    break;
                case Type nested:
                    yield return nested;
                    break;
            }
        }
    }

    /// <summary>A type with its element type and generic arguments: <c>IReadOnlyList&lt;Quote&gt;</c> gives Quote too.</summary>
    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            foreach (var inner in Flatten(element))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return argument;
            }
        }
    }
}
