namespace Emulation.Domain.Common;

/// <summary>Outcome of an operation that can fail because of user input.</summary>
public sealed class Result
{
    private Result(IReadOnlyList<DomainError> errors) => Errors = errors;

    public IReadOnlyList<DomainError> Errors { get; }
    public bool IsSuccess => Errors.Count == 0;

    public static Result Success() => new([]);
    public static Result Failure(DomainError error) => new([error]);
    public static Result Failure(IEnumerable<DomainError> errors) => new([.. errors]);
}

/// <summary>A value, or the errors that prevented it.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<DomainError> errors)
    {
        _value = value;
        Errors = errors;
    }

    public IReadOnlyList<DomainError> Errors { get; }
    public bool IsSuccess => Errors.Count == 0;

    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"No value: {string.Join("; ", Errors)}");

    public static Result<T> Success(T value) => new(value, []);
    public static Result<T> Failure(DomainError error) => new(default, [error]);
    public static Result<T> Failure(IEnumerable<DomainError> errors) => new(default, [.. errors]);
}
