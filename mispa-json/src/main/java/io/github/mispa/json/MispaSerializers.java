package io.github.mispa.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.mispa.procedure.RecordShapes;
import io.github.mispa.procedure.ValueType;
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

  private static <T> @Nullable ValueSerializer<T> serializerFor(Class<T> raw) {
    ValueType<?> type = RecordShapes.valueType(raw).orElse(null);
    return type == null ? null : new PartSerializer<>(raw, type);
  }
}
