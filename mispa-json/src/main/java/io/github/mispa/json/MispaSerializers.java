package io.github.mispa.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;

/** Finds the serializers of the model's types, for {@link MispaModule}. */
final class MispaSerializers extends Serializers.Base {
  @Override
  public @Nullable ValueSerializer<?> findSerializer(
      SerializationConfig config,
      JavaType type,
      BeanDescription.Supplier beanDescription,
      JsonFormat.@Nullable Value formatOverrides) {
    return serializerFor(type.getRawClass());
  }

  @Override
  public @Nullable ValueSerializer<?> findEnumSerializer(
      SerializationConfig config,
      JavaType type,
      BeanDescription.Supplier beanDescription,
      JsonFormat.@Nullable Value formatOverrides) {
    return serializerFor(type.getRawClass());
  }

  private static @Nullable ValueSerializer<?> serializerFor(Class<?> raw) {
    WireEnum<?> wire = Parts.findEnum(raw);
    if (wire != null) {
      return enumSerializer(wire);
    }
    Parts.Part<?> part = Parts.find(raw);
    return part == null ? null : partSerializer(part);
  }

  private static <E extends Enum<E>> ValueSerializer<E> enumSerializer(WireEnum<E> wire) {
    return new EnumSerializer<>(wire.type(), wire);
  }

  private static <T> ValueSerializer<T> partSerializer(Parts.Part<T> part) {
    return new PartSerializer<>(part);
  }
}
